// Reading a Box after passing it to a function that took ownership is E0382.
fn destroy_box(c: Box<i32>) {
    println!("Destroying a box that contains {}", c);
}

fn main() {
    let b = Box::new(7i32);
    destroy_box(b);
    println!("b contains: {}", b);
}
// error: E0382 at 9:32
