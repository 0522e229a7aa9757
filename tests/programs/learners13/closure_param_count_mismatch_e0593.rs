// map given a closure taking two parameters where one is passed is E0593.
fn main() {
    let v = vec![1, 2, 3];
    let w: Vec<i32> = v.iter().map(|a, b| a + b).collect();
    println!("{:?}", w);
}
// error: E0593 at 4:32
