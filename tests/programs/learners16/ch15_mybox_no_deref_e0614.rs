// *y on a MyBox<T> without a Deref impl: E0614 type cannot be dereferenced.
struct MyBox<T>(T);

fn main() {
    let y = MyBox(5);
    println!("{}", *y);
}
// error: E0614 at 6:20
