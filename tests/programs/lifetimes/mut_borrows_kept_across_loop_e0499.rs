// Keeping `&mut counter` from each iteration in a Vec borrows it mutably twice: E0499.
fn main() {
    let mut counter = 0;
    let mut handles: Vec<&mut i32> = Vec::new();
    for _ in 0..2 {
        handles.push(&mut counter);
    }
    println!("{}", handles.len());
}
// error: E0499 at 6:22
