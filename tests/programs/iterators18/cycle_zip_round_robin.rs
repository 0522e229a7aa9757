// A round-robin assignment: tasks zipped with workers cycled, as a learner writes it.
fn main() {
    let workers = ["ann", "bo"];
    let tasks = vec!["wash", "dry", "sweep", "cook", "shop"];
    for (task, who) in tasks.iter().zip(workers.iter().cycle()) {
        println!("{} -> {}", task, who);
    }
}
// expect: wash -> ann
// expect: dry -> bo
// expect: sweep -> ann
// expect: cook -> bo
// expect: shop -> ann
