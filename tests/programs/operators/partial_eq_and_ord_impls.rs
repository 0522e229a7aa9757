// `==` and `<` on the learner's type call its PartialEq and PartialOrd impls: here comparing by area only.
use std::cmp::Ordering;

struct Rect {
    w: u32,
    h: u32,
}

impl PartialEq for Rect {
    fn eq(&self, other: &Rect) -> bool {
        self.w * self.h == other.w * other.h
    }
}

impl PartialOrd for Rect {
    fn partial_cmp(&self, other: &Rect) -> Option<Ordering> {
        let a = self.w * self.h;
        let b = other.w * other.h;
        if a < b {
            Some(Ordering::Less)
        } else if a > b {
            Some(Ordering::Greater)
        } else {
            Some(Ordering::Equal)
        }
    }
}

fn main() {
    let a = Rect { w: 2, h: 6 };
    let b = Rect { w: 3, h: 4 };
    let c = Rect { w: 1, h: 1 };
    println!("{} {} {}", a == b, a != c, c < a);
    println!("{} {}", a >= b, a > b);
}
// expect: true true true
// expect: true false
