// `take(4).rev()` and `skip(1).rev()` kept in variables: std's Rev around Take and Skip, `{:?}` after a `next` from the back showing what is left (Take's n counted down).
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let mut it = v.iter().take(4).rev();
    println!("{:?}", it.next());
    println!("{:?}", it);
    println!("{:?}", it.next());
    let rest: Vec<&i32> = it.collect();
    println!("{:?}", rest);
    let mut s = v.iter().skip(1).rev();
    println!("{:?} {:?}", s.next(), s);
    let mut s2 = v.iter().step_by(2).rev();
    println!("{:?} {:?} {}", s2.next(), s2, std::mem::size_of_val(&s2));
}
// expect: Some(4)
// expect: Rev { iter: Take { iter: Iter([1, 2, 3]), n: 3 } }
// expect: Some(3)
// expect: [2, 1]
// expect: Some(5) Rev { iter: Skip { iter: Iter([1, 2, 3, 4]), n: 1 } }
// expect: Some(5) Rev { iter: StepBy { iter: Iter([1, 2, 3, 4]), step_minus_one: 1, first_take: true } } 32
