// Dereferencing an own box type before implementing Deref is E0614.
struct MyBox<T>(T);

fn main() {
    let y = MyBox(5);
    println!("{}", *y + 1);
}
// error: E0614 at 6:20
