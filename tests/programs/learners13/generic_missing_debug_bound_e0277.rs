// Printing {:?} of a T bounded only by Clone is E0277.
fn show_twice<T: Clone>(x: T) {
    let y = x.clone();
    println!("{:?} {:?}", x, y);
}

fn main() {
    show_twice(5);
}
// error: E0277 at 4:27
