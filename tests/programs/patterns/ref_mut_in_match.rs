// `ref mut` in a pattern borrows the matched field mutably, so the enum keeps it and sees the change.
#[derive(Debug)]
enum Counter {
    Active(u32),
    Stopped,
}

fn main() {
    let mut c = Counter::Active(1);
    match c {
        Counter::Active(ref mut n) => *n += 10,
        Counter::Stopped => {}
    }
    println!("{:?}", c);
    if let Counter::Active(ref n) = c {
        println!("{}", n);
    }
    c = Counter::Stopped;
    println!("{:?}", c);
}
// expect: Active(11)
// expect: 11
// expect: Stopped
