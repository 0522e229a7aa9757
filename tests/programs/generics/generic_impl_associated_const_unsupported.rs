// An associated constant of a generic inherent impl (Buffer<T>::ELEM from size_of::<T>()) is outside the subset: not supported yet.
use std::mem::size_of;

struct Buffer<T> {
    items: Vec<T>,
}

impl<T> Buffer<T> {
    const ELEM: usize = size_of::<T>();

    fn bytes(&self) -> usize {
        self.items.len() * Self::ELEM
    }
}

fn main() {
    let a = Buffer { items: vec![1u8, 2, 3] };
    let b = Buffer { items: vec![1u64, 2] };
    println!("{} {}", a.bytes(), b.bytes());
    println!("{}", Buffer::<u32>::ELEM);
}
// expect: 3 16
// expect: 4
// unsupported: associated constants of a generic impl
