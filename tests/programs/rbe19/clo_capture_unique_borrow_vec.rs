// A closure pushing onto a captured Vec borrows it mutably until its last call; the Vec is read afterwards.
fn main() {
    let mut log = Vec::new();
    let mut record = |msg: &str| log.push(msg.to_uppercase());
    record("start");
    record("middle");
    record("end");
    println!("{:?}", log);
    println!("{}", log.capacity());
}
// expect: ["START", "MIDDLE", "END"]
// expect: 4
