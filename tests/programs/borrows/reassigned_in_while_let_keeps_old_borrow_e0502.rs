// A `while let` body may run no time: an assignment in it leaves the old borrow held after the loop, E0502.
fn main() {
    let mut log = String::from("start");
    let other = String::from("other");
    let mut last: &str = &log;
    let mut pending = vec![1, 2];
    while let Some(n) = pending.pop() {
        if n > 1 {
            last = &other;
        }
    }
    log.push('!');
    println!("{}", last);
}
// error: E0502 at 12:5
