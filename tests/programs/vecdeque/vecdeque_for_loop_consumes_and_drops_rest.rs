// A for loop over a VecDeque by value moves elements out front to back; after a break the rest are dropped and the buffer freed.
use std::collections::VecDeque;

fn main() {
    let mut jobs = VecDeque::new();
    jobs.push_back(String::from("build"));
    jobs.push_back(String::from("test"));
    jobs.push_front(String::from("fetch"));
    for job in jobs {
        println!("run {}", job);
        if job == "build" {
            break;
        }
    }
    println!("done");
}
// expect: run fetch
// expect: run build
// expect: done
