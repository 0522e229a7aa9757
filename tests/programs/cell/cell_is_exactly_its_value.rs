// A Cell takes exactly the room of its value: no flag, unlike RefCell.
use std::cell::Cell;
use std::mem::size_of;

fn main() {
    println!("{} {} {}", size_of::<Cell<u8>>(), size_of::<Cell<i64>>(), size_of::<Cell<(u16, u8)>>());
    let c = Cell::new(7u8);
    c.set(9);
    println!("{}", c.get());
}
// expect: 1 8 4
// expect: 9
