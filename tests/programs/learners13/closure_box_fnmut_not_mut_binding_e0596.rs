// A Box<dyn FnMut()> bound without mut cannot be called: E0596.
fn main() {
    let mut total = 0;
    let add: Box<dyn FnMut(i32)> = Box::new(move |x| {
        total += x;
        println!("{}", total);
    });
    add(5);
}
// error: E0596 at 8:5
