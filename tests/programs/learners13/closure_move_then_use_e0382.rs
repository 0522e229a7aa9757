// A Vec moved into a closure by `move` is E0382 when used after.
fn main() {
    let data = vec![1, 2, 3];
    let sum = move || data.iter().sum::<i32>();
    println!("sum = {}", sum());
    println!("data = {:?}", data);
}
// error: E0382 at 6:29
