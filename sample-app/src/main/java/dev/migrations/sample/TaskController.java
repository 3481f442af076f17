package dev.migrations.sample;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The REST API: users, and each user's tasks.
 */
@RestController
public class TaskController {

	private final UserRepository users;

	private final TaskRepository tasks;

	public TaskController(UserRepository users, TaskRepository tasks) {
		this.users = users;
		this.tasks = tasks;
	}

	@GetMapping("/users")
	public List<User> users() {
		return this.users.findAllByOrderByCreatedAtAscEmailAsc();
	}

	@PostMapping("/users")
	public ResponseEntity<User> createUser(@RequestBody NewUser request) {
		if (request.email() == null || request.email().isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "email is required");
		}
		if (this.users.existsByEmail(request.email())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "email already registered");
		}
		try {
			User user = this.users.saveAndFlush(new User(request.email()));
			return ResponseEntity.created(URI.create("/users/" + user.getId())).body(user);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "email already registered");
		}
	}

	@GetMapping("/users/{id}")
	public User user(@PathVariable UUID id) {
		return this.users.findById(id).orElseThrow(() -> notFound("user"));
	}

	@GetMapping("/users/{id}/tasks")
	public List<Task> tasks(@PathVariable UUID id) {
		user(id);
		return this.tasks.findByUser_IdOrderByIdAsc(id);
	}

	@PostMapping("/users/{id}/tasks")
	public ResponseEntity<Task> createTask(@PathVariable UUID id, @RequestBody NewTask request) {
		User user = user(id);
		if (request.title() == null || request.title().isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "title is required");
		}
		Task task = this.tasks.save(new Task(user, request.title(), request.description(), request.dueDate()));
		return ResponseEntity.created(URI.create("/tasks/" + task.getId())).body(task);
	}

	@PatchMapping("/tasks/{id}")
	public Task updateTask(@PathVariable int id, @RequestBody TaskUpdate request) {
		Task task = this.tasks.findById(id).orElseThrow(() -> notFound("task"));
		task.complete(request.completed());
		return this.tasks.save(task);
	}

	private static ResponseStatusException notFound(String what) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, what + " not found");
	}

	/**
	 * A request to create a user.
	 * @param email the email address
	 */
	public record NewUser(@Nullable String email) {

	}

	/**
	 * A request to create a task.
	 * @param title the title
	 * @param description the details
	 * @param dueDate when it is due
	 */
	public record NewTask(@Nullable String title, @Nullable String description, @Nullable LocalDate dueDate) {

	}

	/**
	 * A change to a task.
	 * @param completed whether it is done
	 */
	public record TaskUpdate(boolean completed) {

	}

}
