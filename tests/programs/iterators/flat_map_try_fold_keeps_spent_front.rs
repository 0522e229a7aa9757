// A try_fold consumer (any, all, find, position, find_map, try_fold, through map, filter, enumerate, take, chain, skip) of a flat_map keeps the spent inner Vec until the next one is made, as std's frontiter.insert does; next-based ones (zip, count) drop it first.
fn parts(n: u32) -> Vec<u32> {
    (0..n).collect()
}
fn main() {
    let v = vec![1u32, 2, 3];
    println!("{}", v.iter().flat_map(|&n| parts(n)).any(|x| x == 9));
    println!("{}", v.iter().flat_map(|&n| parts(n)).all(|x| x < 9));
    println!("{:?}", v.iter().flat_map(|&n| parts(n)).position(|x| x == 2));
    println!("{:?}", v.iter().flat_map(|&n| parts(n)).find(|&x| x == 1));
    println!("{:?}", v.iter().flat_map(|&n| parts(n)).map(|x| x + 1).filter(|x| x % 2 == 0).find_map(|x| if x > 2 { Some(x) } else { None }));
    println!("{:?}", v.iter().flat_map(|&n| parts(n)).enumerate().take(5).try_fold(0u32, |a, (i, x)| a.checked_add(i as u32 + x)));
    let words = vec!["ab".to_string(), "cd".to_string()];
    println!("{}", words.iter().map(|w| w.chars().collect::<Vec<char>>()).flatten().any(|c| c == 'z'));
    println!("{:?}", v.iter().flat_map(|&n| parts(n)).chain(parts(2)).skip(1).any(|x| x == 5));
    println!("{:?}", v.iter().flat_map(|&n| parts(n)).count());
    println!("{:?}", v.iter().flat_map(|&n| parts(n)).zip(0..3).any(|p| p.0 == 9));
}
// expect: false
// expect: true
// expect: Some(5)
// expect: Some(1)
// expect: None
// expect: Some(12)
// expect: false
// expect: false
// expect: 6
// expect: false
