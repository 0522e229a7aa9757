// A todo list: tasks with derived Debug, filters as named closures, sort_by_key, retain and a summary line.
#[derive(Debug, Clone, PartialEq)]
enum Priority {
    Low,
    High,
}

#[derive(Debug, Clone)]
struct Task {
    id: u32,
    title: String,
    done: bool,
    priority: Priority,
}

fn task(id: u32, title: &str, priority: Priority) -> Task {
    Task { id, title: title.to_string(), done: false, priority }
}

fn main() {
    let mut tasks = vec![
        task(3, "write tests", Priority::High),
        task(1, "buy milk", Priority::Low),
        task(2, "fix bug", Priority::High),
        task(4, "call mom", Priority::Low),
    ];
    tasks.sort_by_key(|t| t.id);
    for t in tasks.iter_mut().filter(|t| t.id % 2 == 0) {
        t.done = true;
    }
    let pending = |t: &&Task| !t.done;
    let urgent = |t: &&Task| t.priority == Priority::High;
    let todo: Vec<&str> = tasks.iter().filter(pending).filter(urgent).map(|t| t.title.as_str()).collect();
    println!("urgent todo: {:?}", todo);
    println!("{:#?}", tasks[1]);
    let before = tasks.len();
    tasks.retain(|t| !t.done);
    println!("removed {} done, {} left", before - tasks.len(), tasks.len());
    let summary: Vec<String> = tasks.iter().map(|t| format!("#{} {}", t.id, t.title)).collect();
    println!("{}", summary.join("; "));
}
// expect: urgent todo: ["write tests"]
// expect: Task {
// expect:     id: 2,
// expect:     title: "fix bug",
// expect:     done: true,
// expect:     priority: High,
// expect: }
// expect: removed 2 done, 2 left
// expect: #1 buy milk; #3 write tests
