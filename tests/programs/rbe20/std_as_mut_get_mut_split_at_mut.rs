// Option::as_mut, HashMap::get_mut pushing into a Vec value, split_at_mut halves, last_mut, and a &mut sub-slice passed on.
use std::collections::HashMap;

fn main() {
    let mut best: Option<i32> = Some(3);
    if let Some(x) = best.as_mut() {
        *x += 10;
    }
    println!("{:?}", best);
    let mut groups: HashMap<&str, Vec<i32>> = HashMap::new();
    groups.insert("odd", vec![1]);
    groups.insert("even", vec![]);
    for n in 2..7 {
        let key = if n % 2 == 0 { "even" } else { "odd" };
        if let Some(list) = groups.get_mut(key) {
            list.push(n);
        }
    }
    let mut keys: Vec<_> = groups.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{} {:?}", k, groups[k]);
    }
    let mut v = vec![1, 2, 3, 4, 5, 6];
    let (left, right) = v.split_at_mut(3);
    left[0] = right[2] * 10;
    right.reverse();
    println!("{:?}", v);
    if let Some(last) = v.last_mut() {
        *last = 0;
    }
    double_all(&mut v[1..3]);
    println!("{:?}", v);
}

fn double_all(s: &mut [i32]) {
    for x in s.iter_mut() {
        *x *= 2;
    }
}
// expect: Some(13)
// expect: even [2, 4, 6]
// expect: odd [1, 3, 5]
// expect: [60, 2, 3, 6, 5, 4]
// expect: [60, 4, 6, 6, 5, 0]
