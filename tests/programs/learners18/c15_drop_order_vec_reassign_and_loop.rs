// Drop messages when a Vec element is overwritten, when a loop variable ends each turn, and for a tuple.
struct D(u32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut v = vec![D(1), D(2)];
    v[0] = D(3);
    println!("after overwrite");
    for d in vec![D(10), D(11)] {
        println!("turn {}", d.0);
    }
    let pair = (D(20), D(21));
    let (a, _) = pair;
    println!("took {}", a.0);
    v.pop();
    println!("end");
}
// expect: drop 1
// expect: after overwrite
// expect: turn 10
// expect: drop 10
// expect: turn 11
// expect: drop 11
// expect: took 20
// expect: drop 2
// expect: end
// expect: drop 20
// expect: drop 21
// expect: drop 3
