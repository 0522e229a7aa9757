// LeetCode 11 and 42: the most water between two lines, and trapped rain water, both with two indices closing in.
fn max_area(h: &[u32]) -> u32 {
    let (mut i, mut j) = (0, h.len() - 1);
    let mut best = 0;
    while i < j {
        best = best.max(h[i].min(h[j]) * (j - i) as u32);
        if h[i] < h[j] {
            i += 1;
        } else {
            j -= 1;
        }
    }
    best
}

fn trap(h: &[u32]) -> u32 {
    if h.is_empty() {
        return 0;
    }
    let (mut l, mut r) = (0, h.len() - 1);
    let (mut lmax, mut rmax, mut water) = (0, 0, 0);
    while l < r {
        if h[l] < h[r] {
            lmax = lmax.max(h[l]);
            water += lmax - h[l];
            l += 1;
        } else {
            rmax = rmax.max(h[r]);
            water += rmax - h[r];
            r -= 1;
        }
    }
    water
}

fn main() {
    println!("{}", max_area(&[1, 8, 6, 2, 5, 4, 8, 3, 7]));
    println!("{}", max_area(&[1, 1]));
    println!("{}", trap(&[0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]));
    println!("{}", trap(&[4, 2, 0, 3, 2, 5]));
    println!("{}", trap(&[]));
}
// expect: 49
// expect: 1
// expect: 6
// expect: 9
// expect: 0
