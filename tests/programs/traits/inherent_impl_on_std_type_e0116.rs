// Methods cannot be added to a std type with an inherent impl: E0116 (a trait is the way).
impl Vec<i32> {
    fn total(&self) -> i32 {
        0
    }
}

fn main() {
    println!("{}", vec![1].len());
}
// error: E0116 at 2:1
