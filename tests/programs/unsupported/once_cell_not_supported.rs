// std::cell::OnceCell is outside the subset (Cell and RefCell are in it): the engine says so at the `use`.
use std::cell::OnceCell;

fn main() {
    let c: OnceCell<i32> = OnceCell::new();
    println!("{}", c.get_or_init(|| 4));
}
// expect: 4
// unsupported: `std::cell::OnceCell` is not supported yet at 2:5
