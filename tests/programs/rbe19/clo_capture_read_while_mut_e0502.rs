// Reading a Vec while a closure that pushes onto it is still to be called is E0502.
fn main() {
    let mut log = Vec::new();
    let mut record = |msg: &str| log.push(msg.to_string());
    record("start");
    println!("{}", log.len());
    record("end");
}
// error: E0502 at 6:20
