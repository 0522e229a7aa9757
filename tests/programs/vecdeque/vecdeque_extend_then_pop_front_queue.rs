// A queue of jobs: extend adds a batch at the back, pop_front takes them in order.
use std::collections::VecDeque;

fn main() {
    let mut jobs: VecDeque<String> = VecDeque::new();
    jobs.push_back(String::from("boot"));
    jobs.extend(["load", "run"].iter().map(|s| s.to_string()));
    while let Some(j) = jobs.pop_front() {
        println!("{j}");
    }
    println!("{}", jobs.capacity());
}
// expect: boot
// expect: load
// expect: run
// expect: 4
