package dev.migrations.sample;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
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

	private final TaskRepository repository;

	public TaskController(TaskRepository repository) {
		this.repository = repository;
	}

	@GetMapping("/users")
	public List<User> users() {
		return this.repository.users();
	}

	@PostMapping("/users")
	public ResponseEntity<User> createUser(@RequestBody NewUser request) {
		if (request.email() == null || request.email().isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "email is required");
		}
		if (this.repository.emailTaken(request.email())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "email already registered");
		}
		try {
			User user = this.repository.createUser(request.email());
			return ResponseEntity.created(URI.create("/users/" + user.id())).body(user);
		}
		catch (DuplicateKeyException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "email already registered");
		}
	}

	@GetMapping("/users/{id}")
	public User user(@PathVariable UUID id) {
		return this.repository.findUser(id).orElseThrow(() -> notFound("user"));
	}

	@GetMapping("/users/{id}/tasks")
	public List<Task> tasks(@PathVariable UUID id) {
		user(id);
		return this.repository.tasks(id);
	}

	@PostMapping("/users/{id}/tasks")
	public ResponseEntity<Task> createTask(@PathVariable UUID id, @RequestBody NewTask request) {
		user(id);
		if (request.title() == null || request.title().isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "title is required");
		}
		Task task = this.repository.createTask(id, request.title(), request.description(), request.dueDate());
		return ResponseEntity.created(URI.create("/tasks/" + task.id())).body(task);
	}

	@PatchMapping("/tasks/{id}")
	public Task updateTask(@PathVariable long id, @RequestBody TaskUpdate request) {
		if (!this.repository.complete(id, request.completed())) {
			throw notFound("task");
		}
		return this.repository.findTask(id).orElseThrow(() -> notFound("task"));
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
