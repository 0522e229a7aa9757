// High scores (Exercism): a struct borrowing a slice with a lifetime, latest and best through copied, the top three sorted descending and truncated.
#[derive(Debug)]
pub struct HighScores<'a> {
    scores: &'a [u32],
}

impl<'a> HighScores<'a> {
    pub fn new(scores: &'a [u32]) -> Self {
        HighScores { scores }
    }
    pub fn scores(&self) -> &[u32] {
        self.scores
    }
    pub fn latest(&self) -> Option<u32> {
        self.scores.last().copied()
    }
    pub fn personal_best(&self) -> Option<u32> {
        self.scores.iter().max().copied()
    }
    pub fn personal_top_three(&self) -> Vec<u32> {
        let mut v = self.scores.to_vec();
        v.sort_unstable_by(|a, b| b.cmp(a));
        v.truncate(3);
        v
    }
}

fn main() {
    let data = [30, 50, 20, 70, 70, 10];
    let hs = HighScores::new(&data);
    println!("{:?}", hs);
    println!("{:?} {:?} {:?} {:?}", hs.scores(), hs.latest(), hs.personal_best(), hs.personal_top_three());
    let empty = HighScores::new(&[]);
    println!("{:?} {:?} {:?}", empty.latest(), empty.personal_best(), empty.personal_top_three());
}
// expect: HighScores { scores: [30, 50, 20, 70, 70, 10] }
// expect: [30, 50, 20, 70, 70, 10] Some(10) Some(70) [70, 70, 50]
// expect: None None []
