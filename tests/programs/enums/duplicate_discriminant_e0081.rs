// Two variants of an enum given the same discriminant is error E0081.
enum Level {
    Low = 1,
    Middle = 2,
    High = 2,
}

fn main() {
    println!("{}", Level::Low as i32 + Level::Middle as i32 + Level::High as i32);
}
// error: E0081 at 2:1
