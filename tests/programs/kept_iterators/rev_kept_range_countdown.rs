// `(1..=3).rev()` kept is std's Rev around the RangeInclusive: `next` moves its end down, and the last item leaves it exhausted.
fn main() {
    let mut countdown = (1..=3).rev();
    while let Some(n) = countdown.next() {
        println!("{n}... {:?}", countdown);
    }
    println!("liftoff {:?}", countdown.next());
    let mut r = (0..4).rev();
    r.next();
    println!("{:?} {}", r, std::mem::size_of_val(&r));
}
// expect: 3... Rev { iter: 1..=2 }
// expect: 2... Rev { iter: 1..=1 }
// expect: 1... Rev { iter: 1..=1 (exhausted) }
// expect: liftoff None
// expect: Rev { iter: 0..3 } 8
