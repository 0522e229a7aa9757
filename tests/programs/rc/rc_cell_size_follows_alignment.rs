// The Rc cell is two counts then the value, padded to its alignment: u8 gives 24 bytes, u128 gives 32 aligned to 16.
use std::rc::Rc;

fn main() {
    let small = Rc::new(1u8);
    let wide = Rc::new(2u128);
    let nothing = Rc::new(());
    println!("{} {} {:?}", small, wide, nothing);
}
// expect: 1 2 ()
