// Calling into_iter().any on a Vec moves it: reading it afterwards is E0382.
fn main() {
    let vec2 = vec![4, 5, 6];
    println!("2 in vec2: {}", vec2.into_iter().any(|x| x == 2));
    println!("vec2 len: {}", vec2.len());
}
// error: E0382 at 5:30
