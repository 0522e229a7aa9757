// A generic fn consume<T: Debug>(t: T) drops its argument at its end; a Vec<T> of Drop values passed in.
use std::fmt::Debug;

#[derive(Debug)]
struct Loud(char);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {:?}", self.0);
    }
}

fn consume<T: Debug>(t: T) {
    println!("consuming {:?}", t);
}

fn main() {
    let a = Loud('a');
    consume(a);
    println!("after consume(a)");
    consume(vec![Loud('x'), Loud('y')]);
    let keep = Loud('k');
    consume(&keep);
    println!("still have {:?}", keep);
}
// expect: consuming Loud('a')
// expect: drop 'a'
// expect: after consume(a)
// expect: consuming [Loud('x'), Loud('y')]
// expect: drop 'x'
// expect: drop 'y'
// expect: consuming Loud('k')
// expect: still have Loud('k')
// expect: drop 'k'
