// A Box moved into a function is freed when the function ends.
fn show(b: Box<[i32; 4]>) {
    println!("{:?} sum {}", b, b.iter().sum::<i32>());
}

fn main() {
    let b = Box::new([1, 2, 3, 4]);
    show(b);
    println!("after show");
}
// expect: [1, 2, 3, 4] sum 10
// expect: after show
