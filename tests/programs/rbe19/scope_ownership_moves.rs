// Moves: a Copy integer is copied, a Box is moved into a function and freed there.
fn destroy_box(c: Box<i32>) {
    println!("Destroying a box that contains {}", c);
}

fn main() {
    let x = 5u32;
    let y = x;
    println!("x is {}, and y is {}", x, y);
    let a = Box::new(5i32);
    println!("a contains: {}", a);
    let b = a;
    destroy_box(b);
    println!("after destroy");
}
// expect: x is 5, and y is 5
// expect: a contains: 5
// expect: Destroying a box that contains 5
// expect: after destroy
