// align_of and size_of of trait object pointers (&dyn, Box<dyn>, &dyn Fn, Box<dyn FnMut>), and size_of_val and align_of_val of the value through one: its vtable's size and align words; of a str and a slice.
use std::mem::{align_of, size_of, size_of_val};

trait Speak {
    fn hi(&self) -> u8;
}

struct Big([u8; 12]);

impl Speak for Big {
    fn hi(&self) -> u8 {
        self.0[0]
    }
}

struct Wide(u64);

impl Speak for Wide {
    fn hi(&self) -> u8 {
        self.0 as u8
    }
}

fn main() {
    println!("{} {}", size_of::<&dyn Speak>(), align_of::<&dyn Speak>());
    println!("{} {}", size_of::<Box<dyn Speak>>(), align_of::<Box<dyn Speak>>());
    println!("{}", size_of::<&dyn Fn(i32) -> i32>());
    println!("{}", size_of::<Box<dyn FnMut()>>());
    let b: Box<dyn Speak> = Box::new(Big([7; 12]));
    println!("{} {}", size_of_val(&*b), b.hi());
    let r: &dyn Speak = &Big([1; 12]);
    println!("{} {}", size_of_val(r), std::mem::align_of_val(r));
    let w: &dyn Speak = &Wide(9);
    println!("{} {} {}", size_of_val(w), std::mem::align_of_val(w), w.hi());
    let s: &[u32] = &[1, 2, 3];
    println!("{} {} {} {}", size_of_val(s), std::mem::align_of_val(s), size_of_val("héllo"), std::mem::align_of_val("x"));
}
// expect: 16 8
// expect: 16 8
// expect: 16
// expect: 16
// expect: 12 7
// expect: 12 1
// expect: 8 8 9
// expect: 12 4 6 1
