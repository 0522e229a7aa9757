// Borrowing: a function taking &i32 accepts a borrowed Box and a borrowed stack value.
fn eat_box_i32(boxed_i32: Box<i32>) {
    println!("Destroying box that contains {}", boxed_i32);
}

fn borrow_i32(borrowed_i32: &i32) {
    println!("This int is: {}", borrowed_i32);
}

fn main() {
    let boxed_i32 = Box::new(5_i32);
    let stacked_i32 = 6_i32;
    borrow_i32(&boxed_i32);
    borrow_i32(&stacked_i32);
    {
        let _ref_to_i32: &i32 = &boxed_i32;
        borrow_i32(_ref_to_i32);
    }
    eat_box_i32(boxed_i32);
}
// expect: This int is: 5
// expect: This int is: 6
// expect: This int is: 5
// expect: Destroying box that contains 5
