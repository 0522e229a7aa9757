// A generic Logger<T: Debug> whose Drop prints its value, inside Vec, Box and Option, dropped at scope ends.
use std::fmt::Debug;

struct Logger<T: Debug> {
    tag: &'static str,
    value: T,
}

impl<T: Debug> Drop for Logger<T> {
    fn drop(&mut self) {
        println!("drop {} = {:?}", self.tag, self.value);
    }
}

fn main() {
    let _a = Logger { tag: "a", value: 1 };
    {
        let _b = Logger { tag: "b", value: vec!['x', 'y'] };
        let boxed = Box::new(Logger { tag: "boxed", value: "str" });
        println!("inner scope ends, boxed tag {}", boxed.tag);
    }
    let mut opt = Some(Logger { tag: "opt", value: (1, 2) });
    println!("taking opt");
    let taken = opt.take();
    println!("opt is none: {}", opt.is_none());
    drop(taken);
    let v = vec![Logger { tag: "v0", value: 0.5 }, Logger { tag: "v1", value: 1.5 }];
    println!("end of main with {} in v", v.len());
}
// expect: inner scope ends, boxed tag boxed
// expect: drop boxed = "str"
// expect: drop b = ['x', 'y']
// expect: taking opt
// expect: opt is none: true
// expect: drop opt = (1, 2)
// expect: end of main with 2 in v
// expect: drop v0 = 0.5
// expect: drop v1 = 1.5
// expect: drop a = 1
