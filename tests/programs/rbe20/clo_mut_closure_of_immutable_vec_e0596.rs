// A closure pushing to a Vec not declared mut: E0596 at the closure.
fn main() {
    let list = vec![1, 2, 3];
    let only_borrows = || println!("{list:?}");
    let mut borrows_mut = || list.push(7);
    only_borrows();
    borrows_mut();
}
// error: E0596 at 5:30
