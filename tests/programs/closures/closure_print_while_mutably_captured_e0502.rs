// Printing the list between defining and calling a closure that pushes to it is E0502.
fn main() {
    let mut list = vec![1, 2, 3];
    let mut borrows_mutably = || list.push(7);
    println!("{list:?}");
    borrows_mutably();
}
// error: E0502 at 5:16
