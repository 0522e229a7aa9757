// Pushing onto a Vec collected into an immutable binding is E0596.
fn main() {
    let collected_iterator: Vec<i32> = (0..10).collect();
    collected_iterator.push(0);
    println!("{:?}", collected_iterator);
}
// error: E0596 at 4:5
