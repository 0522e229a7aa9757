// Result<Ref<T>, BorrowError> is as big as the Ref itself (two pointers): the error is zero-sized and the Ok needs no tag.
use std::cell::{BorrowError, Ref, RefCell};
use std::mem::size_of;

fn main() {
    println!("{} {}", size_of::<Result<Ref<'static, u8>, BorrowError>>(), size_of::<BorrowError>());
    let c = RefCell::new(1u8);
    println!("{:?}", c.try_borrow().is_ok());
}
// expect: 16 0
// expect: true
