// Lens library (AoC 2023 day 15): a byte hash folded, 256 Vec<(&str, u32)> boxes updated with retain, iter_mut().find and push.
fn hash(s: &str) -> usize {
    s.bytes().fold(0, |acc, b| (acc + b as usize) * 17 % 256)
}

fn main() {
    let input = "rn=1,cm-,qp=3,cm=2,qp-,pc=4,ot=9,ab=5,pc-,pc=6,ot=7";
    let total: usize = input.split(',').map(hash).sum();
    println!("{}", total);
    let mut boxes: Vec<Vec<(&str, u32)>> = vec![Vec::new(); 256];
    for step in input.split(',') {
        if let Some(label) = step.strip_suffix('-') {
            let b = &mut boxes[hash(label)];
            b.retain(|(l, _)| *l != label);
        } else {
            let (label, focal) = step.split_once('=').unwrap();
            let focal: u32 = focal.parse().unwrap();
            let b = &mut boxes[hash(label)];
            match b.iter_mut().find(|(l, _)| *l == label) {
                Some(slot) => slot.1 = focal,
                None => b.push((label, focal)),
            }
        }
    }
    let mut power = 0;
    for (i, b) in boxes.iter().enumerate() {
        if !b.is_empty() {
            println!("Box {}: {:?}", i, b);
        }
        for (j, (_, f)) in b.iter().enumerate() {
            power += (i + 1) * (j + 1) * *f as usize;
        }
    }
    println!("{}", power);
}
// expect: 1320
// expect: Box 0: [("rn", 1), ("cm", 2)]
// expect: Box 3: [("ot", 7), ("ab", 5), ("pc", 6)]
// expect: 145
