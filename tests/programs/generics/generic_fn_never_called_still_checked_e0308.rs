// A generic function nobody calls is still checked: returning a T where an i32 is promised is E0308.
fn first<T>(mut items: Vec<T>) -> i32 {
    let x: T = items.remove(0);
    x
}

fn main() {
    println!("main");
}
// error: E0308 at 4:5
