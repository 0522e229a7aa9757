// A job queue and a sliding window on VecDeque: push_back, push_front, pop_front in while let, with_capacity, rotate_left, into_iter collected.
use std::collections::VecDeque;

#[derive(Debug)]
struct Job {
    id: u32,
    name: String,
}

fn main() {
    let mut queue: VecDeque<Job> = VecDeque::new();
    for (i, n) in ["print", "scan", "fax"].iter().enumerate() {
        queue.push_back(Job { id: i as u32, name: n.to_string() });
    }
    queue.push_front(Job { id: 99, name: String::from("urgent") });
    println!("{} jobs, front {:?}", queue.len(), queue.front().map(|j| &j.name));
    while let Some(job) = queue.pop_front() {
        println!("running {} ({})", job.name, job.id);
        if job.id == 1 {
            queue.push_back(Job { id: 7, name: String::from("retry") });
        }
    }
    let mut window: VecDeque<i32> = VecDeque::with_capacity(3);
    for x in [4, 8, 15, 16, 23, 42] {
        if window.len() == 3 {
            window.pop_front();
        }
        window.push_back(x);
        let avg: i32 = window.iter().sum::<i32>() / window.len() as i32;
        println!("{:?} avg {}", window, avg);
    }
    window.rotate_left(1);
    println!("{:?} {:?}", window, window.back());
    let v: Vec<i32> = window.into_iter().collect();
    println!("{:?}", v);
}
// expect: 4 jobs, front Some("urgent")
// expect: running urgent (99)
// expect: running print (0)
// expect: running scan (1)
// expect: running fax (2)
// expect: running retry (7)
// expect: [4] avg 4
// expect: [4, 8] avg 6
// expect: [4, 8, 15] avg 9
// expect: [8, 15, 16] avg 13
// expect: [15, 16, 23] avg 18
// expect: [16, 23, 42] avg 27
// expect: [23, 42, 16] Some(16)
// expect: [23, 42, 16]
