// Replacing a Drop field by assignment drops the old value at once; mem::replace and mem::take hand it back.
use std::mem;

#[derive(Default)]
struct Res {
    name: String,
}

impl Drop for Res {
    fn drop(&mut self) {
        println!("release {:?}", self.name);
    }
}

struct Holder {
    res: Res,
}

fn main() {
    let mut h = Holder { res: Res { name: "first".into() } };
    println!("assigning second");
    h.res = Res { name: "second".into() };
    println!("replacing with third");
    let old = mem::replace(&mut h.res, Res { name: "third".into() });
    println!("got back {}", old.name);
    let taken = mem::take(&mut h.res);
    println!("took {}, left {:?}", taken.name, h.res.name);
    println!("end");
}
// expect: assigning second
// expect: release "first"
// expect: replacing with third
// expect: got back second
// expect: took third, left ""
// expect: end
// expect: release "third"
// expect: release "second"
// expect: release ""
