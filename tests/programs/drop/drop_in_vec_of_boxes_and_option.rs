// Drops of elements in a Vec run first to last; an Option's Some payload drops when replaced by None; a moved-out value drops in its new owner.
struct D(u32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop D({})", self.0);
    }
}

fn consume(d: D) {
    println!("consuming {}", d.0);
}

fn main() {
    let v = vec![D(1), D(2), D(3)];
    let mut slot = Some(D(10));
    slot = None;
    println!("slot is none: {}", slot.is_none());
    let b: Box<D> = Box::new(D(20));
    consume(*b);
    let mut w = v;
    w.remove(1);
    println!("after remove");
    w.push(D(4));
}
// expect: drop D(10)
// expect: slot is none: true
// expect: consuming 20
// expect: drop D(20)
// expect: drop D(2)
// expect: after remove
// expect: drop D(1)
// expect: drop D(3)
// expect: drop D(4)
