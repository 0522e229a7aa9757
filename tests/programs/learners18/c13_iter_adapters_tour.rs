// take_while, skip_while, step_by, chain, rev, nth, last, position, min_by, any, all, count.
fn main() {
    let v = vec![1, 3, 5, 6, 7, 9, 10];
    let odd_prefix: Vec<_> = v.iter().take_while(|&&x| x % 2 == 1).collect();
    let after: Vec<_> = v.iter().skip_while(|x| **x < 6).collect();
    println!("{odd_prefix:?} {after:?}");
    let stepped: Vec<i32> = (0..20).step_by(5).collect();
    println!("{stepped:?}");
    let both: Vec<i32> = v.iter().copied().chain(stepped.into_iter().rev()).collect();
    println!("{both:?}");
    println!("{:?} {:?} {:?}", v.iter().nth(2), v.iter().last(), v.iter().position(|&x| x == 7));
    let closest_to_8 = v.iter().min_by(|a, b| (**a - 8).abs().cmp(&(**b - 8).abs()));
    println!("{closest_to_8:?}");
    println!("{} {} {}", v.iter().any(|&x| x > 9), v.iter().all(|x| *x > 0), v.iter().filter(|x| **x > 4).count());
    let (small, big): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x < 6);
    println!("{small:?} {big:?}");
}
// expect: [1, 3, 5] [6, 7, 9, 10]
// expect: [0, 5, 10, 15]
// expect: [1, 3, 5, 6, 7, 9, 10, 15, 10, 5, 0]
// expect: Some(5) Some(10) Some(4)
// expect: Some(7)
// expect: true true 5
// expect: [1, 3, 5] [6, 7, 9, 10]
