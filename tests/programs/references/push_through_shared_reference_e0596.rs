// Calling a `&mut self` method like push through a `&Vec` is E0596.
fn add_one(v: &Vec<i32>) {
    v.push(1);
}

fn main() {
    let mut v = Vec::new();
    add_one(&v);
    println!("{:?}", v);
}
// error: E0596 at 3:5
