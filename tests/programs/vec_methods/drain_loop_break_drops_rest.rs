// Breaking out of `for s in v.drain(..)` drops the Strings the loop did not take when the loop ends, and leaves the Vec empty with its buffer.
fn main() {
    let mut queue = vec![String::from("one"), String::from("two"), String::from("three")];
    for job in queue.drain(..) {
        if job == "two" {
            break;
        }
        println!("ran {}", job);
    }
    println!("{} left, capacity {}", queue.len(), queue.capacity());
}
// expect: ran one
// expect: 0 left, capacity 3
