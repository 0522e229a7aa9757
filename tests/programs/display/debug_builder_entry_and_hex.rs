// debug_list's entry, called in a loop on a builder kept in a variable, and a debug_struct under {:x?} and {:5?} pass the Formatter's options to each value.
use std::fmt;

struct Bytes {
    data: Vec<u8>,
}

struct Pixel {
    r: u8,
    g: u8,
}

impl fmt::Debug for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut list = f.debug_list();
        for b in &self.data {
            list.entry(b);
        }
        list.finish()
    }
}

impl fmt::Debug for Pixel {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Pixel").field("r", &self.r).field("g", &self.g).finish()
    }
}

fn main() {
    let b = Bytes { data: vec![10, 255] };
    println!("{:?}", b);
    println!("{:x?}", b);
    println!("{:#?}", b);
    let p = Pixel { r: 200, g: 7 };
    println!("{:X?}", p);
    println!("{:5?}", p);
}
// expect: [10, 255]
// expect: [a, ff]
// expect: [
// expect:     10,
// expect:     255,
// expect: ]
// expect: Pixel { r: C8, g: 7 }
// expect: Pixel { r:   200, g:     7 }
