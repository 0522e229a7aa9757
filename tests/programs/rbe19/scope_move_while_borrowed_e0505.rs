// Moving a Box while a reference to its contents is still used later is E0505.
fn eat_box_i32(boxed_i32: Box<i32>) {
    println!("Destroying box that contains {}", boxed_i32);
}

fn borrow_i32(borrowed_i32: &i32) {
    println!("This int is: {}", borrowed_i32);
}

fn main() {
    let boxed_i32 = Box::new(5_i32);
    let ref_to_i32: &i32 = &boxed_i32;
    eat_box_i32(boxed_i32);
    borrow_i32(ref_to_i32);
}
// error: E0505 at 13:17
